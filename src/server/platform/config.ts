import { z } from 'zod';

/**
 * The one validated configuration. Every variable is described; Simpul refuses to start
 * on a bad value rather than guess. Secrets are listed in `secretKeys` and redacted.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000).describe('HTTP port'),
  HOST: z.string().default('127.0.0.1').describe('address to listen on'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .describe('PostgreSQL server; when absent Simpul uses embedded PGlite in DATA_DIR/db'),
  DATA_DIR: z.string().default('./data').describe('where the embedded database and uploaded files live'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12).describe('idle session lifetime'),
  COOKIE_SECURE: z
    .enum(['auto', 'true', 'false'])
    .default('auto')
    .describe('Secure flag on cookies; auto = on when PUBLIC_URL is https'),
  PUBLIC_URL: z.string().url().optional().describe('the URL people open; defaults to http://localhost:PORT'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576).describe('largest JSON body'),
  MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(20 * 1_048_576).describe('largest uploaded file'),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5000).describe('data rows an Excel import reads'),
  IMPORT_MAX_UNCOMPRESSED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(50 * 1_048_576)
    .describe('unpacked size of an imported workbook (a zip): refused beyond it, so a zip bomb cannot exhaust memory'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5).describe('failed logins before lockout'),
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30).describe('how long a "lupa kata sandi" link works'),
  PASSWORD_RESET_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(3).describe('reset e-mails one address gets per hour; more are silently not sent'),
  PASSWORD_RESET_MAX_PER_IP: z.coerce.number().int().min(1).default(20).describe('reset requests one client IP may make per hour; more are refused with 429'),
  SIGNING_SECRET: z
    .string()
    .min(32)
    .optional()
    .describe('secret the signing keys are protected with; when absent one is generated in DATA_DIR/signing-secret'),
  WEB_DIST: z.string().default('./dist/web').describe('built web app to serve'),
});

/** PUBLIC_URL is always set once loaded: it follows PORT unless given (links, QR codes, CKAN URLs). */
export type Config = Omit<z.infer<typeof ConfigSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };
export const secretKeys = ['DATABASE_URL', 'SIGNING_SECRET'] as const;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, PUBLIC_URL: parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}` };
}

export function cookieSecure(config: Config): boolean {
  if (config.COOKIE_SECURE === 'auto') return config.PUBLIC_URL.startsWith('https://');
  return config.COOKIE_SECURE === 'true';
}

/** The limits an Excel import reads an upload with. */
export function importLimits(config: Config) {
  return { maxRows: config.IMPORT_MAX_ROWS, maxUncompressedBytes: config.IMPORT_MAX_UNCOMPRESSED_BYTES };
}
