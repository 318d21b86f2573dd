import iconv from 'iconv-lite';

const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', 'big5-hkscs': 'big5hkscs', 'x-big5': 'big5' };

function usable(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const mapped = ALIASES[name] ?? name;
  return iconv.encodingExists(mapped) ? mapped : null;
}

function fromBom(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return 'utf-32be';
  if (body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return 'utf-32le';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A BOM-less UTF-16/32 document still starts with "<" in its encoding. */
function fromLayout(body: Buffer): string | null {
  if (body.length < 4) return null;
  if (body[0] === 0 && body[1] === 0 && body[2] === 0 && body[3] === 0x3c) return 'utf-32be';
  if (body[0] === 0x3c && body[1] === 0 && body[2] === 0 && body[3] === 0) return 'utf-32le';
  if (body[0] === 0 && body[1] === 0x3c) return 'utf-16be';
  if (body[0] === 0x3c && body[1] === 0) return 'utf-16le';
  return null;
}

function fromDeclaration(body: Buffer): string | null {
  const head = body.subarray(0, 1024).toString('latin1');
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** The body's encoding: a BOM first, then the HTTP charset, then the XML declaration or HTML meta, else UTF-8. */
export function detectCharset(body: Buffer, contentType: string | null): string {
  const header = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : null;
  return fromBom(body) ?? usable(header) ?? fromLayout(body) ?? usable(fromDeclaration(body)) ?? 'utf-8';
}

/** Decodes a fetched body to text, whatever legacy encoding it came in (GBK, Big5, …). */
export function decodeBody(body: Buffer, contentType: string | null): string {
  const charset = detectCharset(body, contentType);
  let text = iconv.decode(body, charset);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // The declaration now lies about the encoding; parsers that read it must not re-decode.
  return text.replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*["'][\w.:-]+["']/i, '$1');
}
