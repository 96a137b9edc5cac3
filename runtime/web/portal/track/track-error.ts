/**
 * Why a tracking call failed, in the applicant's words: the server's messages are English developer
 * text and never shown; the status and code pick the sentence.
 */
import { ApiError } from '../../shared/http';

export type TrackErrorKey = 'track.err.network' | 'track.err.notFound' | 'track.err.invalid' | 'track.err.state' | 'track.err.rate' | 'track.err.file' | 'track.err.server';

export function trackErrorKey(err: unknown): TrackErrorKey {
  if (!(err instanceof ApiError)) return 'track.err.server';
  if (err.status === 0) return 'track.err.network';
  if (err.status === 404) return 'track.err.notFound';
  if (err.status === 429) return 'track.err.rate';
  if (err.status === 413 || err.status === 415) return 'track.err.file';
  if (err.status === 409) return 'track.err.state';
  if (err.status >= 400 && err.status < 500) return 'track.err.invalid';
  return 'track.err.server';
}
