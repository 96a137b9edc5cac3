/**
 * Configuration from the environment (README.md "Configuration"). Read once at start; everything
 * else receives a Config, so tests build their own without touching process.env.
 */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  adminPassword?: string;
  demo: boolean;
  logLevel: string;
  /** Requests per window allowed on POST /api/auth/login, per client address and username. */
  loginRateLimit: number;
  /** Secret key of query-code hashes (≥ 16 characters), kept outside the database; unset: one is generated and kept in the store. */
  queryCodePepper?: string;
  /** Requests per minute per client address on public writes (applications, complaints, uploads). */
  publicRateLimit: number;
  /** Largest JSON body accepted, e.g. '2mb'. Definitions are capped again by the definition guard. */
  jsonBodyLimit: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const demo = env.MATTERFLOW_DEMO ?? '1';
  if (demo !== '0' && demo !== '1') throw new Error(`MATTERFLOW_DEMO must be 0 or 1, got ${demo}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: env.MATTERFLOW_DATA_DIR ?? './data',
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.MATTERFLOW_ADMIN_PASSWORD || undefined,
    demo: demo === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    loginRateLimit: Number(env.MATTERFLOW_LOGIN_RATE_LIMIT ?? 10),
    queryCodePepper: env.MATTERFLOW_QUERY_CODE_PEPPER || undefined,
    publicRateLimit: Number(env.MATTERFLOW_PUBLIC_RATE_LIMIT ?? 60),
    jsonBodyLimit: '2mb',
  };
}
