import type { Citation, ProfileParams, RegulationId } from './types';

/**
 * Parameters each regulation sets beyond SDLC stages and handover documents (which have
 * their own tables), e.g. its ICT audit cadence. resolveParams takes the stricter value
 * over the regulations in force. Dumai 18/2019 and Jambi 10/2017 set no audit cadence.
 */
export const regulationParams: Partial<Record<RegulationId, Partial<ProfileParams>>> = {
  'palu-14-2022': {
    // Palu 14/2022 Ps 47(1) infrastructure, Ps 48(3) Aplikasi Khusus, Ps 49(2) security of the
    // infrastructure and of Aplikasi Khusus: each "paling sedikit 1 (satu) kali dalam 2 (dua) tahun"
    auditCadenceMonths: { infrastructure: 24, application: 24, security: 24 },
  },
  'dumai-67-2022': {
    // Dumai 67/2022 Ps 31(3) asks every 2 years for all three scopes of Ps 30(2); its Lampiran
    // (Kebijakan Internal Audit TIK, I) says "Audit TIK dilaksanakan setiap tahun" for the same
    // three scopes. The stricter yearly cadence applies (conflicts.ts).
    auditCadenceMonths: { infrastructure: 12, application: 12, security: 12 },
  },
};

/** An area a regulation assigns to a coordinating (or executing) body. */
export type ManagementArea =
  | 'architecture'
  | 'budget_plan'
  | 'business_process'
  | 'risk'
  | 'information_security'
  | 'data'
  | 'asset'
  | 'competency'
  | 'knowledge'
  | 'change'
  | 'service'
  | 'audit';

/**
 * Who coordinates an area: agency special roles (`ReadAgency.specialRoles`: ict_office,
 * planning_office, inspectorate, organisation_bureau, asset_office, hr_office,
 * research_office). resolveParams puts the roles of the regulations in force into
 * `ProfileParams.coordinatingRoles`, which checkCoordinatingUnit reads. Only areas an
 * obligation's check reads are listed.
 */
export interface CoordinatingRole {
  roles: string[];
  citation: Citation;
}

const palu = (pasal: string, ayat?: string, huruf?: string): Citation => ({
  regulation: 'palu-14-2022',
  pasal,
  ...(ayat ? { ayat } : {}),
  ...(huruf ? { huruf } : {}),
});
const dumai = (pasal: string, ayat?: string): Citation => ({ regulation: 'dumai-67-2022', pasal, ...(ayat ? { ayat } : {}) });

export const coordinatingRoles: Partial<Record<RegulationId, Partial<Record<ManagementArea, CoordinatingRole>>>> = {
  'palu-14-2022': {
    budget_plan: { roles: ['planning_office'], citation: palu('7', '3') },
    risk: { roles: ['ict_office', 'inspectorate'], citation: palu('38', '4') },
    information_security: { roles: ['ict_office'], citation: palu('39', '4') },
    data: { roles: ['ict_office'], citation: palu('40', '4') },
    asset: { roles: ['ict_office', 'asset_office'], citation: palu('41', '4') },
    competency: { roles: ['ict_office', 'hr_office'], citation: palu('42', '4') },
    knowledge: { roles: ['ict_office'], citation: palu('43', '4') },
    change: { roles: ['ict_office'], citation: palu('44', '4') },
    service: { roles: ['ict_office'], citation: palu('45', '12') },
  },
  'dumai-67-2022': {
    architecture: { roles: ['ict_office'], citation: dumai('4', '6') },
    // Ps 8(3): planning and budgeting unit, consulting the ICT unit
    budget_plan: { roles: ['planning_office', 'ict_office'], citation: dumai('8', '3') },
    // Ps 9(3): the organisation and procedures unit with the ICT unit
    business_process: { roles: ['organisation_bureau', 'ict_office'], citation: dumai('9', '3') },
    // Ps 22(3): "unit kerja yang menyelenggarakan tugas dan fungsi di bidang Pengawasan Internal Pemerintah"
    risk: { roles: ['inspectorate'], citation: dumai('22', '3') },
    information_security: { roles: ['ict_office'], citation: dumai('23', '4') },
    data: { roles: ['ict_office'], citation: dumai('24', '3') },
    asset: { roles: ['ict_office'], citation: dumai('25', '4') },
    competency: { roles: ['hr_office'], citation: dumai('26', '3') },
    // Ps 27(4): "unit kerja yang membidangi tugas dan fungsi Pengkajian dan Penerapan Teknologi"
    knowledge: { roles: ['research_office'], citation: dumai('27', '4') },
    // Ps 31(1): the auditor team works under the internal-control unit; the Lampiran (I) has the
    // ICT unit coordinate together with the Inspektorat (conflicts.ts)
    audit: { roles: ['inspectorate'], citation: dumai('31', '1') },
  },
};
