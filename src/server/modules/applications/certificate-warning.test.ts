import { describe, expect, it } from 'vitest';
import { findCertificateWarning } from './certificate-warning';

const today = '2026-03-02';

describe('Dumai 18/2019 Ps 17(1): registering an application with an expired electronic certificate warns', () => {
  it('a certificate that expired before today is named with its date', () => {
    expect(findCertificateWarning({ hasCertificate: true, certificateExpiresAt: '2026-03-01' }, ['dumai-18-2019'], today)).toEqual({ expiresAt: '2026-03-01' });
  });
  it('a certificate valid today or later says nothing', () => {
    expect(findCertificateWarning({ hasCertificate: true, certificateExpiresAt: today }, ['dumai-18-2019'], today)).toBeNull();
    expect(findCertificateWarning({ hasCertificate: true, certificateExpiresAt: '2027-01-01' }, ['dumai-18-2019'], today)).toBeNull();
  });
  it('no certificate recorded, or no expiry date, is the compliance check’s matter, not this warning', () => {
    expect(findCertificateWarning({ hasCertificate: false, certificateExpiresAt: '2020-01-01' }, ['dumai-18-2019'], today)).toBeNull();
    expect(findCertificateWarning({ hasCertificate: true, certificateExpiresAt: null }, ['dumai-18-2019'], today)).toBeNull();
  });
  it('a tenant not bound by Dumai 18/2019 gets no warning citing it', () => {
    expect(findCertificateWarning({ hasCertificate: true, certificateExpiresAt: '2020-01-01' }, ['palu-14-2022'], today)).toBeNull();
  });
});
