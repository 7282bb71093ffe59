import { defineChapterObligations } from '../define-chapter-obligations';

/**
 * Palu 14/2022 BAB IV (Pasal 46-49): ICT audit of infrastructure, of Aplikasi Khusus and of security, each
 * at least once every two years.
 */
export const auditObligations = defineChapterObligations('palu-14-2022', 'BAB IV AUDIT TIK', [
  {
    ref: '46-1',
    text: 'Audit TIK terdiri atas: - audit Infrastruktur SPBE; - audit Aplikasi SPBE; dan - audit Keamanan SPBE.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '46-2',
    text: 'Audit TIK meliputi pemeriksaan hal pokok teknis pada: - perencanaan tata kelola dan manajemen TIK; - fungsionalitas TIK; - kinerja TIK yang dihasilkan; dan - aspek TIK lainnya.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '46-3',
    text: 'Audit TIK dilaksanakan oleh lembaga pelaksana Audit TIK pemerintah atau lembaga pelaksana Audit TIK yang terakreditasi sesuai dengan ketentuan peraturan perundang-undangan.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '46-4',
    text: 'Audit TIK dilaksanakan berdasarkan kebijakan umum penyelenggaraan Audit TIK.',
    binds: 'tenant',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '46-5',
    text: 'Dalam melaksanakan Audit TIK sebagaimana dimaksud pada ayat (1), Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika berkoordinasi dengan Kementerian Komunikasi dan Informatika terkait pemantauan, evaluasi, dan pelaporan audit Infrastruktur SPBE Pemerintah Daerah.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '47-1',
    text: 'Audit Infrastruktur SPBE sebagaimana dimaksud dalam Pasal 46 ayat (1) huruf a dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
    cadence: { kind: 'every', months: 24, auditScopes: ['infrastructure'] },
  },
  {
    ref: '47-2',
    text: 'Audit Infrastruktur SPBE sebagaimana dimaksud pada ayat (1) dilaksanakan berdasarkan standar dan tata cara pelaksanaan audit Infrastruktur SPBE sesuai ketentuan peraturan perundang-undangan.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '48-1',
    text: 'Audit Aplikasi SPBE sebagaimana dimaksud dalam Pasal 46 ayat (1) huruf b dilakukan pada Aplikasi Khusus.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '48-2',
    text: 'Audit Aplikasi SPBE sebagaimana dimaksud pada ayat (1) dilaksanakan berdasarkan standar dan tata cara pelaksanaan audit Aplikasi SPBE.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '48-3',
    text: 'Audit Aplikasi Khusus sebagaimana dimaksud pada ayat (1) dilaksanakan paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
    cadence: { kind: 'every', months: 24, auditScopes: ['application'] },
  },
  {
    ref: '49-1',
    text: 'Audit Keamanan SPBE sebagaimana dimaksud dalam Pasal 46 ayat (1) huruf c dilakukan pada Infrastruktur SPBE Pemerintah Daerah dan Aplikasi Khusus.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
  },
  {
    ref: '49-2',
    text: 'Audit keamanan Infrastruktur SPBE Pemerintah Daerah dan audit keamanan Aplikasi Khusus sebagaimana dimaksud pada ayat (1) dilakukan paling sedikit 1 (satu) kali dalam 2 (dua) tahun oleh Perangkat Daerah yang menyelenggarakan urusan dibidang Komunikasi dan Informatika.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
    cadence: { kind: 'every', months: 24, auditScopes: ['security'] },
  },
  {
    ref: '49-3',
    text: 'Audit Keamanan SPBE sebagaimana dimaksud pada ayat (1) dilaksanakan berdasarkan standar dan tata cara pelaksanaan audit Keamanan SPBE sesuai ketentuan peraturan perundang-undangan.',
    binds: 'ict_office',
    about: 'audit',
    needs: 'audit_management',
  },
]);
