import { describe, expect, it } from 'vitest';
import { presentRevocation } from './present-revocation';

const entry = (regulation: 'dumai-18-2019' | 'dumai-67-2022', effectiveFrom: string) => ({ regulation, effectiveFrom, effectiveUntil: null });

describe('the revocation on the revoked regulation (Dumai 67/2022 Ps 34)', () => {
  it('Dumai 67/2022 Ps 34: Dumai 18/2019 says by which regulation and article it is revoked, and from which day', () => {
    const profile = { entries: [entry('dumai-18-2019', '2019-04-29'), entry('dumai-67-2022', '2022-07-01')], cityDomain: 'dumaikota.go.id' };
    const text = presentRevocation('id', 'dumai-18-2019', profile);
    expect(text).toContain('dicabut oleh');
    expect(text).toContain('Pasal 34');
    expect(text).toContain('1 Juli 2022');
    expect(presentRevocation('en', 'dumai-18-2019', profile)).toContain('1 July 2022');
  });

  it('nothing is said where the profile holds no revoking regulation, nor on the revoking one', () => {
    const alone = { entries: [entry('dumai-18-2019', '2019-04-29')], cityDomain: 'dumaikota.go.id' };
    expect(presentRevocation('id', 'dumai-18-2019', alone)).toBeNull();
    const both = { entries: [entry('dumai-18-2019', '2019-04-29'), entry('dumai-67-2022', '2022-07-01')], cityDomain: 'dumaikota.go.id' };
    expect(presentRevocation('id', 'dumai-67-2022', both)).toBeNull();
  });
});
