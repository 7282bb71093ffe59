import { describe, expect, it } from 'vitest';
import { show } from './history-tab';

describe('values in the audit diff as people read them (issue 9 §4: no ISO dates on screen)', () => {
  it('a day and an instant are written dd/mm/yyyy; other text, lists and empties as before', () => {
    expect(show('2027-11-28')).toBe('28/11/2027');
    expect(show('2026-12-03T11:25:00.309Z')).toMatch(/^03\/12\/2026 \d{2}:\d{2}$/);
    expect(show('Layanan Pusat Kendali Jaringan')).toBe('Layanan Pusat Kendali Jaringan');
    expect(show(['web', 'mobile'])).toBe('web, mobile');
    expect(show(null)).toBe('—');
  });
});
