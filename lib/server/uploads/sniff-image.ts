/** The image types we accept, by their first bytes. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** Whether `head` holds `bytes` at offset `at`: the one test of file signatures (images, imports). */
export const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/** The image type the first bytes announce, whatever the file name or Content-Type claim (SVG is never one). */
export function sniffImage(head: Uint8Array): ImageType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF <size> WEBP
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  return null;
}
