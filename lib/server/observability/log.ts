import { logger } from './logger.mjs';

/**
 * Server code logs through this (never console.*): JSON lines with the request id. Messages keep
 * their `[area]` prefix; scripts/check-server-log.ts looks for `[internal error]` and `[db] `.
 */
export const log = {
  info: (msg: string, fields: Record<string, unknown> = {}) => logger().info(fields, msg),
  warn: (msg: string, fields: Record<string, unknown> = {}) => logger().warn(fields, msg),
  error: (msg: string, fields: Record<string, unknown> = {}) => logger().error(fields, msg),
};
