/**
 * What a case file is, read from the headers of HEAD /api/cases/:caseNo/files/:fileId (the media
 * type the server detected from the bytes, the name from Content-Disposition), and how to preview it.
 */
import { fileUrl } from '../api';

export type PreviewKind = 'image' | 'pdf' | 'none';

export interface FileInfo {
  id: string;
  url: string;
  name: string;
  mediaType: string;
  preview: PreviewKind;
}

export function previewKind(mediaType: string): PreviewKind {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  if (type === 'image/png' || type === 'image/jpeg') return 'image';
  if (type === 'application/pdf') return 'pdf';
  return 'none';
}

/** The file name of a Content-Disposition header (RFC 5987 filename* first). */
export function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!);
    } catch {
      return star[1];
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1];
}

export async function fileInfo(caseNo: string, id: string): Promise<FileInfo> {
  const url = fileUrl(caseNo, id);
  const res = await fetch(url, { method: 'HEAD', credentials: 'same-origin' });
  const mediaType = res.ok ? (res.headers.get('content-type') ?? 'application/octet-stream') : 'application/octet-stream';
  return { id, url, name: dispositionName(res.headers.get('content-disposition')) ?? id, mediaType, preview: res.ok ? previewKind(mediaType) : 'none' };
}
