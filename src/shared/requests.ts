import { z } from 'zod';
import { IsoDate, PageQuery, Uuid, pageOf } from './common';

/** Form fields as the requester typed them; the type's own zod schema checks them on submit. */
const FormFields = z.record(z.string(), z.unknown()).meta({ description: "the request type's form fields (see /request-types)" });

export const RequestCreateInput = z
  .object({
    type: z.string().min(1).max(60),
    /** the agency filing the request; may be left out when the person works in one agency */
    requesterAgencyId: Uuid.optional(),
    /** the data steward agency a data-use request asks (Palu 14/2022 Ps 9(5)) */
    stewardAgencyId: Uuid.nullable().optional(),
    fields: FormFields.default({}),
  })
  .meta({ id: 'RequestCreateInput' });
export type RequestCreateInput = z.infer<typeof RequestCreateInput>;

export const RequestUpdateInput = z
  .object({ fields: FormFields.optional(), stewardAgencyId: Uuid.nullable().optional() })
  .meta({ id: 'RequestUpdateInput' });
export type RequestUpdateInput = z.infer<typeof RequestUpdateInput>;

export const RequestStepInput = z
  .object({
    transition: z.string().min(1).max(60),
    note: z.string().trim().max(4000).optional(),
    reasonCode: z.string().max(80).optional(),
    outcome: z.record(z.string(), z.unknown()).optional(),
    acknowledgedStatements: z.array(z.string().max(80)).max(10).optional(),
    fields: FormFields.optional(),
  })
  .meta({ id: 'RequestStepInput' });
export type RequestStepInput = z.infer<typeof RequestStepInput>;

export const CommentInput = z.object({ body: z.string().trim().min(1).max(4000) }).meta({ id: 'RequestCommentInput' });

const Party = z.object({
  kind: z.enum(['tenant_role', 'agency', 'user']),
  agencyId: Uuid.nullable(),
  agencyName: z.string().nullable(),
  role: z.string().nullable(),
});

export const RequestStepView = z.object({
  id: Uuid,
  transition: z.string(),
  from: z.string(),
  to: z.string(),
  actorUserId: Uuid,
  actorName: z.string(),
  at: z.string(),
  note: z.string().nullable(),
  reasonCode: z.string().nullable(),
  outcome: z.record(z.string(), z.unknown()).nullable(),
});

export const RequestCommentView = z.object({ id: Uuid, authorUserId: Uuid, authorName: z.string(), body: z.string(), at: z.string() });

export const RequestAttachmentView = z.object({
  id: Uuid,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedBy: Uuid,
  at: z.string(),
});

export const RequestView = z
  .object({
    id: Uuid,
    number: z.string().nullable(),
    type: z.string(),
    state: z.string(),
    title: z.string(),
    requesterUserId: Uuid,
    requesterName: z.string(),
    requesterAgencyId: Uuid,
    requesterAgencyName: z.string(),
    stewardAgencyId: Uuid.nullable(),
    stewardAgencyName: z.string().nullable(),
    fields: z.record(z.string(), z.unknown()),
    outcome: z.record(z.string(), z.unknown()),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decision: z.enum(['approved', 'rejected']).nullable(),
    reasonCode: z.string().nullable(),
    decisionNote: z.string().nullable(),
    issuedNumber: z.string().nullable(),
    effectResult: z.record(z.string(), z.unknown()).nullable(),
    addressees: z.object({ to: z.array(Party), copies: z.array(Party) }),
    steps: z.array(RequestStepView),
    comments: z.array(RequestCommentView),
    attachments: z.array(RequestAttachmentView),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({
      edit: z.boolean(),
      comment: z.boolean(),
      attach: z.boolean(),
      /** the steps this person may take now */
      transitions: z.array(z.string()),
      letters: z.array(z.enum(['request', 'decision'])),
    }),
  })
  .meta({ id: 'Request' });
export type RequestView = z.infer<typeof RequestView>;

export const inboxBoxes = ['to_act', 'mine', 'copies', 'overdue', 'all'] as const;
export type InboxBox = (typeof inboxBoxes)[number];

export const RequestListQuery = PageQuery.extend({
  box: z.enum(inboxBoxes).default('all'),
  type: z.string().max(60).optional(),
  state: z.string().max(60).optional(),
});
export type RequestListQuery = z.infer<typeof RequestListQuery>;

export const RequestListItem = z
  .object({
    id: Uuid,
    number: z.string().nullable(),
    type: z.string(),
    state: z.string(),
    title: z.string(),
    requesterAgencyId: Uuid,
    requesterAgencyName: z.string(),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RequestListItem' });

export const RequestPage = pageOf(RequestListItem, 'RequestPage');

export const InboxCounts = z
  .object({
    /** open requests on which this person may take a step now */
    toAct: z.number().int(),
    /** open requests filed by this person or their agency, waiting on others */
    waiting: z.number().int(),
    /** requests copied (tembusan) to this person's agencies */
    copies: z.number().int(),
    /** open requests past their due date that this person acts on or filed */
    overdue: z.number().int(),
    unreadNotifications: z.number().int(),
  })
  .meta({ id: 'InboxCounts' });

const JsonSchema = z.record(z.string(), z.unknown()).meta({ description: 'JSON Schema (draft 2020-12) of a zod schema, input side' });

export const RequestTypeView = z
  .object({
    code: z.string(),
    /** the dataset's steward agency must be named (data-use requests) */
    needsSteward: z.boolean(),
    form: JsonSchema,
    states: z.array(z.object({ code: z.string(), final: z.boolean(), decided: z.boolean(), deadlineWorkingDays: z.number().nullable() })),
    transitions: z.array(
      z.object({
        name: z.string(),
        from: z.array(z.string()),
        to: z.string(),
        review: z.boolean(),
        form: z.boolean(),
        outcome: JsonSchema.nullable(),
        attachments: z.number().int(),
        statements: z.array(z.string()),
        reasonCodes: z.array(z.string()),
        noteRequiredFor: z.array(z.string()),
        noteRequired: z.boolean(),
      }),
    ),
    addressees: z.object({ to: z.array(z.record(z.string(), z.string())), copies: z.array(z.record(z.string(), z.string())) }),
    citations: z.array(z.record(z.string(), z.string())),
    effect: z.string().nullable(),
  })
  .meta({ id: 'RequestType' });

export const holidayKinds = ['national_holiday', 'collective_leave', 'regional_holiday'] as const;

export const HolidayInput = z
  .object({ date: IsoDate, kind: z.enum(holidayKinds), name: z.string().trim().min(2).max(200) })
  .meta({ id: 'HolidayInput' });
export type HolidayInput = z.infer<typeof HolidayInput>;

export const HolidayView = z
  .object({
    id: Uuid.nullable(),
    date: z.string(),
    kind: z.enum(holidayKinds),
    name: z.string(),
    /** a fixed-date national holiday Simpul ships (not stored, cannot be removed) */
    fixed: z.boolean(),
  })
  .meta({ id: 'Holiday' });

export const HolidayQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const RecommendationView = z
  .object({
    requestId: Uuid,
    number: z.string(),
    requestNumber: z.string().nullable(),
    agencyId: Uuid,
    agencyName: z.string(),
    subjectKind: z.string(),
    title: z.string(),
    fiscalYear: z.number().nullable(),
    issuedAt: z.string(),
  })
  .meta({ id: 'Recommendation' });

export const RecommendationQuery = z.object({ number: z.string().trim().min(1).max(100) });
