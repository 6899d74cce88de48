/**
 * Photos are scaled down on the device before they are stored: a phone camera's 12-megapixel
 * picture (4–8 MB) becomes a JPEG of at most PHOTO_MAX_SIDE pixels on its long side (a few hundred
 * kB), which is what the device keeps, what the queue uploads on a slow network, and still enough
 * to read a notice board on.
 */
export const PHOTO_MAX_SIDE = 1600;
const QUALITY = 0.82;

export interface ScaledPhoto {
  blob: Blob;
  width: number;
  height: number;
}

export async function scalePhoto(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<ScaledPhoto> {
  const bitmap = await createImageBitmap(file);
  try {
    const ratio = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * ratio));
    const height = Math.max(1, Math.round(bitmap.height * ratio));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('canvas 2d context unavailable');
    // JPEG has no transparency: a transparent PNG would turn black without a white ground.
    g.fillStyle = '#fff';
    g.fillRect(0, 0, width, height);
    g.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/jpeg', QUALITY),
    );
    return { blob, width, height };
  } finally {
    bitmap.close();
  }
}
