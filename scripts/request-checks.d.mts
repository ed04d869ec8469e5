// Types of scripts/request-checks.mjs (plain JavaScript, run by node without a build step).
export declare const ALLOWED_METHODS: string[];
export declare function refuseRequest(
  method: string | undefined,
  url: string | undefined,
): { status: number; headers: Record<string, string>; body: string } | null;
