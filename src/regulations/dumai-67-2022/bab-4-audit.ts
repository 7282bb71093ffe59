import { defineChapterObligations } from '../define-chapter-obligations';
import { checkCoordinatingUnit } from '../checks/agency-with-role';

/**
 * Dumai 67/2022 BAB IV (Pasal 30-31): ICT audit. Ps 31(3) asks for one at least every two years; the
 * Lampiran (I) asks for one every year, which is stricter and wins (see conflicts.ts).
 */
export const auditObligations = defineChapterObligations('dumai-67-2022', 'BAB IV AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI', [
  {
    ref: '30-1',
    text: 'Audit Teknologi Informasi dan Komunikasi dilakukan secara berkala untuk memastikan keandalan dan keamanan sistem teknologi informasi dan komunikasi.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '30-2',
    text: 'Audit Teknologi Informasi dan Komunikasi terdiri atas: - a. audit Infrastruktur SPBE; - b. audit Aplikasi SPBE; dan - c. audit Keamanan SPBE.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '30-3',
    text: 'Audit Teknologi Informasi dan Komunikasi sebagaimana dimaksud pada ayat (2) meliputi pemeriksaan hal pokok teknis pada : - a. penerapan tata kelola dan manajemen teknologi informasi dan komunikasi; - b. fungsionalitas teknologi informasi dan komunikasi; - c. kinerja teknologi informasi dan komunikasi yang dihasilkan; dan - d. aspek teknologi informasi dan komunikasi lainnya.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '31-1',
    text: 'Audit Teknologi Informasi dan Komunikasi dilaksanakan oleh tim auditor di bawah koordinasi unit kerja yang membidangi sistem pengendalian internal pemerintah.',
    binds: 'inspectorate',
    about: 'audit',
    needs: 'organisation',
    check: checkCoordinatingUnit('audit'),
  },
  {
    ref: '31-2',
    text: 'Tim auditor sebagaimana dimaksud pada ayat (1) ditetapkan dengan Keputusan Wali Kota.',
    binds: 'mayor',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '31-3',
    text: 'Audit Teknologi Informasi dan Komunikasi dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
    cadence: { kind: 'every', months: 24, auditScopes: ['infrastructure', 'application', 'security'] },
  },
  {
    ref: '31-4',
    text: 'Audit Teknologi Informasi dan Komunikasi dilaksanakan berdasarkan ketentuan peraturan perundang-undangan.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
]);
