// Types of scripts/security-headers.mjs (plain JavaScript, run by node without a build step).
export declare const FORWARDING_HEADERS: string[];
export declare function trustedHeaders(value: string | undefined): string[];
export declare function clientIpHeader(trusted: string[]): string | undefined;
export declare function dropUntrustedForwarding(headers: Record<string, unknown>, trusted: string[]): void;
export declare function newNonce(): string;
export interface HeaderOptions {
  nonce: string;
  dev?: boolean;
  https?: boolean;
}
export declare function contentSecurityPolicy(opts: HeaderOptions): string;
export declare function securityHeaders(opts: HeaderOptions): Record<string, string>;
