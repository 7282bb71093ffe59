import pino from 'pino';

// Never log passwords, tokens, NIK or NIP: redact them wherever they appear.
export function createLogger(level: string) {
  return pino({
    level,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'nik', '*.nik', 'nip', '*.nip', 'req.headers.cookie', 'DATABASE_URL', 'SIGNING_SECRET'],
      censor: '[Redacted]',
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
