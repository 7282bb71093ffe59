import { z } from 'zod';

export const PublicDocument = z
  .object({ id: z.string(), title: z.string(), kind: z.string(), sha256: z.string(), signer: z.string(), issuedAt: z.string(), tenantName: z.string() })
  .meta({ id: 'PublicDocument' });

export const DocumentVerification = z
  .object({
    signed: z.boolean(),
    valid: z.boolean(),
    digestMatches: z.boolean(),
    signatureMatches: z.boolean(),
    signer: z.string().nullable(),
    signedAt: z.string().nullable(),
    sha256: z.string(),
    /** the document Simpul issued with exactly these bytes, if any */
    issued: PublicDocument.nullable(),
  })
  .meta({ id: 'DocumentVerification' });
