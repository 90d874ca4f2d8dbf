/**
 * A PDF written by hand, one page per array of printed lines, 14 points apart (pdf.js tolerates the approximate
 * xref). unpdf reads it back one printed line a line, as it reads a real PDF: paragraphs wrapped at the page width.
 */
export function pdfOfPages(pages: string[][]): Buffer {
  const font = 3 + pages.length * 2;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  pages.forEach((lines, p) => {
    const shown = lines.map((l) => `(${l.replace(/[\\()]/g, '\\$&')}) Tj T*`).join(' ');
    const stream = `BT /F1 10 Tf 14 TL 72 740 Td ${shown} ET`;
    kids.push(`${3 + p * 2} 0 R`);
    const resources = `/Resources << /Font << /F1 ${font} 0 R >> >>`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${4 + p * 2} 0 R ${resources} >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`;
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
