import type { AsyncLocalStorage } from 'node:async_hooks';

export function requestContext(): AsyncLocalStorage<{ reqId: string }>;
export function requestId(incoming: string | string[] | undefined, trusted: boolean): string;
