export const number = (n: number) => n.toLocaleString('en');

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}

/** Rows per second over the samples of the last few seconds (a sliding window, so a stall shows at once). */
export function rowsPerSecond(samples: { at: number; rows: number }[], windowMs = 5_000): number | null {
  const last = samples[samples.length - 1];
  if (!last) return null;
  const first = samples.find((s) => last.at - s.at <= windowMs) ?? last;
  if (last.at === first.at) return null;
  return ((last.rows - first.rows) * 1000) / (last.at - first.at);
}
