/** A fixed-window counter: increments `key`, starting a new window when the last one ended. */
export interface RateLimitStore {
  increment(key: string, windowSeconds: number): Promise<{ count: number; resetAt: Date }>;
  get(key: string): Promise<{ count: number; resetAt: Date } | null>;
  reset(key: string): Promise<void>;
}
