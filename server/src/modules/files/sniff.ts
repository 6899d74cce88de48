/**
 * What an upload really is, decided by its bytes. The name only chooses between formats that share
 * a container (a ZIP is .docx, .xlsx or .pptx by what it holds; an OLE2 file is .doc, .xls or .ppt).
 * Anything not recognised (executables, HTML, SVG, scripts, archives) is refused.
 */
export interface Sniffed {
  mimeType: string;
  /** The extension a download gets when the uploaded name has none that fits. */
  ext: string;
  /** Safe to show in the browser (images, PDF); others download as attachments. */
  inline: boolean;
}

const startsWith = (b: Buffer, sig: number[], at = 0) =>
  b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');

const OOXML: Record<string, Sniffed & { marker: string }> = {
  docx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    inline: false,
    marker: 'word/',
  },
  xlsx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
    inline: false,
    marker: 'xl/',
  },
  pptx: {
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ext: 'pptx',
    inline: false,
    marker: 'ppt/',
  },
};
const OLE: Record<string, Sniffed> = {
  doc: { mimeType: 'application/msword', ext: 'doc', inline: false },
  xls: { mimeType: 'application/vnd.ms-excel', ext: 'xls', inline: false },
  ppt: { mimeType: 'application/vnd.ms-powerpoint', ext: 'ppt', inline: false },
};

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/**
 * @param head the first bytes of the file (at least 64 when the file is that long)
 * @param tail the last bytes (up to 66 KB: a ZIP's central directory lists its entries there)
 */
export function sniff(head: Buffer, tail: Buffer, name: string): Sniffed | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', ext: 'jpg', inline: true };
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mimeType: 'image/png', ext: 'png', inline: true };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')
    return { mimeType: 'image/gif', ext: 'gif', inline: true };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP')
    return { mimeType: 'image/webp', ext: 'webp', inline: true };
  if (ascii(head, 4, 8) === 'ftyp') {
    // Phone cameras: HEIC/HEIF stills (iPhone), which browsers may not show inline.
    const brand = ascii(head, 8, 12);
    if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))
      return { mimeType: 'image/heic', ext: 'heic', inline: false };
    return null;
  }
  if (ascii(head, 0, 5) === '%PDF-') return { mimeType: 'application/pdf', ext: 'pdf', inline: true };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML package: a ZIP whose central directory lists [Content_Types].xml and the
    // part folder of its kind. Other ZIPs (archives that could hold anything) are refused.
    const dir = tail.toString('latin1');
    if (!dir.includes('[Content_Types].xml')) return null;
    const byName = OOXML[extensionOf(name)];
    if (byName && dir.includes(byName.marker)) return strip(byName);
    const found = Object.values(OOXML).find((k) => dir.includes(k.marker));
    return found ? strip(found) : null;
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Legacy Office (OLE2 compound file): the kind is not visible in the first bytes; the name
    // must say which, and it must be one of the three.
    return OLE[extensionOf(name)] ?? null;
  }
  return null;
}

function strip(k: Sniffed & { marker: string }): Sniffed {
  return { mimeType: k.mimeType, ext: k.ext, inline: k.inline };
}
