import type { Tx } from '../db';

/** A fixed-window counter: increments `key`, starting a new window when the last one ended. */
export interface RateLimitStore {
  /** `tx`: count inside the caller's transaction (PostgreSQL store; Redis counts on its own). */
  increment(key: string, windowSeconds: number, tx?: Tx): Promise<{ count: number; resetAt: Date }>;
  get(key: string): Promise<{ count: number; resetAt: Date } | null>;
  reset(key: string): Promise<void>;
  /** Whether the store answers now (Redis; readiness). */
  ping?(): Promise<boolean>;
}
