import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

export interface OidcAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  given_name?: string;
  family_name?: string;
  name?: string;
  /** What the provider says the person gave at this sign-in (the ID token's `amr`). */
  amr?: string[];
}

export interface OidcClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * A real OpenID provider (`oidc-provider`) on a loopback port, over http, for tests. `register`
 * sets the one client it knows (a connection's redirect URI is known once the connection exists).
 * Its sign-in page signs in `signInAs` at once and grants what was asked, so a browser or `follow`
 * goes straight back to the app, as after a person typed their password at a real IdP.
 */
export async function startOidcProvider() {
  let provider: Provider | undefined;
  const state = { signInAs: undefined as OidcAccount | undefined };
  const accounts = new Map<string, OidcAccount>();

  async function interact(req: IncomingMessage, res: ServerResponse, p: Provider) {
    const details = await p.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const who = state.signInAs;
      if (!who) throw new Error('The test provider has nobody to sign in (signInAs)');
      accounts.set(who.sub, who);
      await p.interactionFinished(
        req,
        res,
        { login: { accountId: who.sub, amr: who.amr } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const accountId = details.session?.accountId ?? '';
    const grant = new p.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    await p.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  }

  const server = createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503;
      res.end('No client registered');
      return;
    }
    const p = provider;
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res, p).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    p.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function register(client: OidcClient) {
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: client.clientId,
          client_secret: client.clientSecret,
          redirect_uris: [client.redirectUri],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      async findAccount(_ctx: KoaContextWithOIDC, sub: string) {
        const account = accounts.get(sub);
        if (!account) return undefined;
        const { amr: _amr, ...claims } = account;
        return { accountId: sub, claims: async () => claims };
      },
      claims: {
        acr: null,
        auth_time: null,
        sid: null,
        iss: null,
        openid: ['sub', 'amr'],
        email: ['email', 'email_verified'],
        profile: ['given_name', 'family_name', 'name'],
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      cookies: { keys: ['oidc-provider-test-cookie-key'] },
    });
    return provider;
  }

  /**
   * Follows the provider's redirects from an authorization URL, with its cookies, to the redirect
   * back to the app: the URL the app's callback receives.
   */
  async function follow(authorizationUrl: string): Promise<string> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      if (!url.startsWith(issuer)) return url;
      const res = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const cookie of res.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const eq = pair!.indexOf('=');
        jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
      const location = res.headers.get('location');
      if (!location) throw new Error(`The provider answered ${res.status} at ${url}: ${await res.text()}`);
      url = new URL(location, url).href;
    }
    throw new Error('The provider redirected too often');
  }

  return {
    issuer,
    state,
    register,
    follow,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type OidcProvider = Awaited<ReturnType<typeof startOidcProvider>>;
