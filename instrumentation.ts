// Next.js calls register() once per server process: start the background job worker.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOBS_WORKER === 'off') return;
  const { registerAllJobHandlers } = await import('./lib/server/jobs/handlers');
  const { startWorker } = await import('./lib/server/jobs/worker');
  registerAllJobHandlers();
  startWorker();
}
