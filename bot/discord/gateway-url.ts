import { Routes, type Client } from 'discord.js';

/**
 * Points the gateway connection at `url`. discord.js has no option for it:
 * it connects wherever REST's GET /gateway/bot says (and resumes at the
 * READY payload's resume_gateway_url), so the answer of that one route is
 * rewritten. Together with `rest.api` this lets the whole bot talk to a
 * proxy or a test server.
 */
export function pinGatewayUrl(client: Client, url: string): void {
  const rest = client.rest;
  const get = rest.get.bind(rest);
  rest.get = async (route, options) => {
    const data = await get(route, options);
    return route === Routes.gatewayBot() ? { ...(data as object), url } : data;
  };
}
