// GENERATED FILE: do not edit. Regenerate with `npm run gen:types` from schemas/json/*.schema.json.
/**
 * An immutable identifier: lower-case letters, digits and dashes.
 */
export type Id = string;
/**
 * A short human-readable name.
 */
export type Label = string;
/**
 * A staff account. Department editors and clerks belong to exactly one department. Applicants need no account.
 */
export type Account = {
  username: string;
  displayName?: string;
  role: Role;
  departmentId?: Id;
  windowId?: Id;
  /**
   * scrypt$N$r$p$salt$hash, never returned by the API
   */
  passwordHash: string;
  /**
   * Bumped to revoke every token issued before.
   */
  tokenVersion?: number;
  disabled?: boolean;
  createdAt: Timestamp;
};
/**
 * admin 中心管理员 · editor 部门事项管理员 · clerk 窗口/审批人员 · leader 科室负责人/分管领导 (approves extensions, art. 42; also works the inbox as a clerk) · supervisor 监察人员
 */
export type Role = "admin" | "editor" | "clerk" | "leader" | "supervisor";
/**
 * An instant, RFC 3339.
 */
export type Timestamp = string;
/**
 * An application material (申请材料) of a matter.
 */
export type Material = {
  id: Id;
  name: Label;
  libraryId?: Id1;
  /**
   * required: always; conditional: only when `condition` holds; optional: never enforced.
   */
  requirement: "required" | "conditional" | "optional";
  condition?: MaterialCondition;
  /**
   * 容缺: may be supplied after acceptance; the case is tracked until it is.
   */
  deferrable?: boolean;
  /**
   * 告知承诺: waived when the applicant signs a commitment.
   */
  waivableByCommitment?: boolean;
  /**
   * 原件 / 复印件 / 原件及复印件
   */
  form: "original" | "copy" | "original_and_copy";
  count: number;
  medium: MaterialMedium;
  fileTypes?: FileTypes;
  /**
   * 申请人自备, 政府部门核发 …
   */
  source?: string;
  note?: string;
};
/**
 * An immutable identifier: lower-case letters, digits and dashes.
 */
export type Id1 = string;
export type MaterialMedium = "paper" | "electronic" | "paper_or_electronic";
/**
 * Accepted file types, checked by content on upload.
 *
 * @maxItems 10
 */
export type FileTypes = ("pdf" | "jpg" | "png" | "ofd" | "docx" | "xlsx" | "zip")[];
export type Primitive = string | number | boolean | null;
export type FieldName = string;
/**
 * @maxItems 200
 */
export type RequiredList = FieldName[];
/**
 * start · step (a department's task) · parallel (fork when it has several outgoing edges, join when several incoming) · exclusive (conditions on outgoing edges plus a default) · end (granted / denied)
 */
export type FlowNodeKind = "start" | "step" | "parallel" | "exclusive" | "end";
/**
 * A duration counted in working days (art. 82 of the Administrative Licensing Law).
 */
export type WorkingDays = number;
/**
 * The national matter types (行政许可 … 公共服务), as code system `matter-type` + code + label; code and label must agree.
 */
export type MatterType =
  | {
      codeSystem: "matter-type";
      code: "XK";
      label: "行政许可";
    }
  | {
      codeSystem: "matter-type";
      code: "CF";
      label: "行政处罚";
    }
  | {
      codeSystem: "matter-type";
      code: "QZ";
      label: "行政强制";
    }
  | {
      codeSystem: "matter-type";
      code: "ZS";
      label: "行政征收";
    }
  | {
      codeSystem: "matter-type";
      code: "JF";
      label: "行政给付";
    }
  | {
      codeSystem: "matter-type";
      code: "JC";
      label: "行政检查";
    }
  | {
      codeSystem: "matter-type";
      code: "QR";
      label: "行政确认";
    }
  | {
      codeSystem: "matter-type";
      code: "JL";
      label: "行政奖励";
    }
  | {
      codeSystem: "matter-type";
      code: "CJ";
      label: "行政裁决";
    }
  | {
      codeSystem: "matter-type";
      code: "QT";
      label: "其他行政权力";
    }
  | {
      codeSystem: "matter-type";
      code: "GG";
      label: "公共服务";
    };
/**
 * draft → in_review → published (→ superseded by a later one, or retired); in_review → rejected (editable again).
 */
export type MatterVersionStatus = "draft" | "in_review" | "rejected" | "published" | "superseded" | "retired";
/**
 * A calendar date, YYYY-MM-DD.
 */
export type IsoDate = string;
export type CaseStatus =
  "submitted" | "supplement_requested" | "refused" | "in_progress" | "suspended" | "granted" | "denied" | "withdrawn";
/**
 * A calendar date, YYYY-MM-DD.
 */
export type IsoDate1 = string;
/**
 * An instant, RFC 3339.
 */
export type Timestamp1 = string;

export interface MatterflowSchemas {
  department?: Department;
  account?: Account;
  material?: Material;
  "shared-material"?: SharedMaterial;
  form?: FormDefinition;
  flow?: FlowDefinition;
  "matter-definition"?: MatterDefinition;
  "matter-version"?: MatterVersion;
  calendar?: CalendarOverrides;
  case?: Case;
  task?: Task;
  "audit-event"?: AuditEvent;
}
/**
 * A department (部门) that owns matters and works cases, with its service windows.
 */
export interface Department {
  id: Id;
  name: Label;
  shortName?: string;
  phone?: string;
  address?: string;
  /**
   * A centre-level front desk (综合窗口): may accept other departments' matters (前台综合受理、后台分类审批) where a matter names it in `frontDesks` or one of its windows lists the matter in `acceptsMatters`.
   */
  frontDesk?: boolean;
  /**
   * @maxItems 100
   */
  windows?: ServiceWindow[];
  active?: boolean;
}
/**
 * A counter (窗口) in the service hall.
 */
export interface ServiceWindow {
  id: Id;
  name: Label;
  location?: string;
  /**
   * For a front desk's window: the codes of other departments' matters this window may accept.
   *
   * @maxItems 2000
   */
  acceptsMatters?: string[];
}
/**
 * When a conditional material is needed: in any of the listed situations, and/or when the form answer rule holds (both given: both must hold).
 */
export interface MaterialCondition {
  /**
   * @minItems 1
   * @maxItems 50
   */
  situations?: Id[];
  when?: Condition;
  /**
   * The condition in words, as the service guide prints it.
   */
  description?: string;
}
/**
 * A JsonLogic rule (https://jsonlogic.com) over the form data, e.g. {"==":[{"var":"applicantType"},"company"]}. Evaluated by an interpreter in browser and server alike, never compiled to code.
 */
export interface Condition {
  [k: string]: unknown;
}
/**
 * An entry of the catalogue-wide material library (ID card, business licence …), reused across matters and cases.
 */
export interface SharedMaterial {
  id: Id;
  name: Label;
  /**
   * Who issues it (e.g. 公安机关).
   */
  issuer?: string;
  medium?: MaterialMedium;
  fileTypes?: FileTypes;
  note?: string;
}
/**
 * An application form: a JSON Schema object whose fields carry Formily's x-component / x-decorator hints. Only the keywords listed here are accepted, so a form can never smuggle in remote references or code. `x-visible-when` declares a conditional field once; it is compiled to Formily reactions for the browser and to if/then for ajv on the server.
 */
export interface FormDefinition {
  type: "object";
  title?: string;
  description?: string;
  properties: FieldMap;
  required?: RequiredList;
  $defs?: {
    [k: string]: FormField;
  };
  "x-component"?: string;
  "x-component-props"?: {
    [k: string]: unknown;
  };
  "x-decorator"?: string;
  "x-decorator-props"?: {
    [k: string]: unknown;
  };
}
export interface FieldMap {
  [k: string]: FormField;
}
/**
 * One field or layout container (type void) of a form.
 */
export interface FormField {
  type?: "string" | "number" | "integer" | "boolean" | "array" | "object" | "void";
  /**
   * Only local references into $defs.
   */
  $ref?: string;
  title?: string;
  description?: string;
  default?: unknown;
  /**
   * @minItems 1
   * @maxItems 500
   */
  enum?: Primitive[];
  /**
   * @minItems 1
   * @maxItems 500
   */
  oneOf?: {
    const: Primitive;
    title?: string;
  }[];
  const?: Primitive;
  format?: "date" | "date-time" | "time" | "email" | "uri" | "id-card" | "mobile" | "uscc" | "postcode";
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: FormField;
  properties?: FieldMap;
  required?: RequiredList;
  "x-component"?: string;
  "x-component-props"?: {
    [k: string]: unknown;
  };
  "x-decorator"?: string;
  "x-decorator-props"?: {
    [k: string]: unknown;
  };
  "x-index"?: number;
  "x-visible-when"?: Condition;
  "x-read-pretty"?: boolean;
}
/**
 * A matter's flow (流程图): nodes and edges keyed by immutable ids, the shape @xyflow/react edits. Semantics only; positions live in `layout`.
 */
export interface FlowDefinition {
  /**
   * @maxItems 1000
   */
  nodes: FlowNode[];
  /**
   * @maxItems 3000
   */
  edges: FlowEdge[];
  layout?: FlowLayout;
}
export interface FlowNode {
  id: Id;
  kind: FlowNodeKind;
  name: Label;
  /**
   * What a step does: accept (受理: where accept / refuse / supplement happen), review (审查), inspect (现场核查), decide (决定), deliver (送达/出证), other.
   */
  stepType?: "accept" | "review" | "inspect" | "decide" | "deliver" | "other";
  departmentId?: Id;
  /**
   * The step is worked by the department (front desk) that accepted the case, not by `departmentId`: 统一出件 at the window that accepted it. For deliver steps.
   */
  atAcceptingDesk?: boolean;
  /**
   * single: one handler · countersign 会签: every assignee approves · anysign 或签: the first approval wins
   */
  mode?: "single" | "countersign" | "anysign";
  /**
   * Usernames who must sign (countersign / any-sign); empty: anyone in the department's inbox.
   *
   * @maxItems 50
   */
  assignees?: string[];
  deadlineDays?: WorkingDays;
  /**
   * @maxItems 200
   */
  checksMaterials?: Id[];
  /**
   * For end nodes.
   */
  outcome?: "granted" | "denied";
  description?: string;
}
export interface FlowEdge {
  id: Id;
  source: Id;
  target: Id;
  label?: string;
  condition?: Condition;
  /**
   * The branch an exclusive gateway takes when no condition holds.
   */
  isDefault?: boolean;
}
/**
 * Where the designer draws each node; no meaning to the runtime.
 */
export interface FlowLayout {
  nodes?: {
    [k: string]: {
      x: number;
      y: number;
    };
  };
}
/**
 * What a department editor edits: every element of a matter's service guide (办事指南), its materials, form and flow.
 */
export interface MatterDefinition {
  schemaVersion: 1;
  /**
   * 事项编码: letters, digits and dashes; unique in the catalogue.
   */
  code: string;
  name: Label;
  /**
   * @maxItems 30
   */
  keywords?: string[];
  /**
   * 主题: 开办企业, 生育, 建设 …
   *
   * @maxItems 20
   */
  themes?: string[];
  type: MatterType;
  departmentId: Id;
  /**
   * 实施主体 as printed on the guide.
   */
  implementingBody?: string;
  exerciseLevel?: "national" | "provincial" | "city" | "county" | "township";
  /**
   * @minItems 1
   */
  serviceObjects: ("individual" | "legal_person")[];
  /**
   * 受理范围
   */
  scope?: string;
  /**
   * @maxItems 50
   */
  legalBasis?: LegalBasis[];
  /**
   * @maxItems 50
   */
  acceptanceConditions?: string[];
  /**
   * 即办件 (decided on the spot) / 承诺件 (within the promised deadline)
   */
  handlingType: "immediate" | "promised";
  statutoryDays: WorkingDays;
  promisedDays: WorkingDays;
  /**
   * one: the window receives and accepts in one act when the application is complete (收件即受理) · two: 收件 then 受理 as separate acts, the clocks starting at 受理. Default one.
   */
  intakeStages?: "one" | "two";
  /**
   * Front-desk departments (综合窗口) that may accept this matter for its department.
   *
   * @maxItems 50
   */
  frontDesks?: Id[];
  /**
   * 共同实施部门: informed of every conclusion, also of a 即办件 concluded on the spot.
   *
   * @maxItems 50
   */
  coImplementingDepartments?: Id[];
  extension?: ExtensionRule;
  remedies?: Remedies;
  fees?: Fees;
  /**
   * 到现场次数
   */
  onSiteVisits: number;
  /**
   * 网办深度: 1 online information · 2 online pre-check / forms to download · 3 online application, results by visit · 4 fully online (全程网办)
   */
  onlineDepth: number;
  /**
   * @maxItems 20
   */
  windows?: GuideWindow[];
  consultPhone?: string;
  complaintPhone?: string;
  result?: MatterResult;
  /**
   * @maxItems 50
   */
  situations: Situation[];
  /**
   * @maxItems 200
   */
  materials: Material[];
  form: FormDefinition;
  flow: FlowDefinition;
}
export interface LegalBasis {
  /**
   * 法规名称, e.g. 《中华人民共和国食品安全法》
   */
  title: string;
  /**
   * 条款, e.g. 第三十五条
   */
  article?: string;
  text?: string;
}
/**
 * 延期: how long one extension may be (art. 42: 10 working days, with the head's approval) and, where a special law allows more, which law.
 */
export interface ExtensionRule {
  /**
   * 0: no extension for this matter.
   */
  maxDays: number;
  /**
   * e.g. 《工伤保险条例》第二十五条; required above 10 days.
   */
  legalBasis?: string;
}
/**
 * The applicant's remedies printed on a refusal (不予受理) and a denial (不予许可 / 不予办理), in the citizen's language; empty: the law's default for the matter type.
 */
export interface Remedies {
  refusal?: string;
  denial?: string;
}
export interface Fees {
  charged: boolean;
  /**
   * @maxItems 20
   */
  items?: {
    name: string;
    amount: number;
    unit?: string;
    basis?: string;
  }[];
  note?: string;
}
export interface GuideWindow {
  name: string;
  address?: string;
  hours?: string;
  phone?: string;
}
/**
 * 审批结果: what the applicant receives.
 */
export interface MatterResult {
  name: string;
  kind?: "certificate" | "license" | "approval" | "filing" | "other";
  delivery?: ("window" | "mail" | "electronic")[];
}
/**
 * 情形: an applicant's case (company vs individual, new vs change) that decides which materials apply.
 */
export interface Situation {
  id: Id;
  name: Label;
  description?: string;
}
/**
 * One version of a matter with its life-cycle record. Version numbers start at 1 with the first publication; a draft carries the number it will get. Published versions never change.
 */
export interface MatterVersion {
  code: string;
  version: number;
  status: MatterVersionStatus;
  definition: MatterDefinition;
  /**
   * The published version this draft started from.
   */
  basedOn?: number;
  author: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  changeSummary?: string;
  submittedBy?: string;
  submittedAt?: Timestamp;
  reviewedBy?: string;
  reviewedAt?: Timestamp;
  rejectReason?: string;
  publishedAt?: Timestamp;
  retiredAt?: Timestamp;
  /**
   * Who changed what and when, oldest first.
   */
  history?: VersionHistoryEntry[];
}
export interface VersionHistoryEntry {
  at: Timestamp;
  by: string;
  action: "created" | "edited" | "submitted" | "rejected" | "published" | "superseded" | "retired";
  summary?: string;
}
/**
 * The admin's corrections to the working calendar of one year, on top of the holiday library's data (the State Council publishes next year's schedule late each year).
 */
export interface CalendarOverrides {
  year: number;
  /**
   * @maxItems 366
   */
  days: DayOverride[];
  /**
   * true: the year's published schedule (国务院办公厅放假安排) as entered by the admin: days not listed follow Mon–Fri, and the year is no longer provisional. Absent: corrections on top of the library's or the statutory rule's days.
   */
  schedule?: boolean;
  updatedBy?: string;
  updatedAt?: Timestamp;
}
export interface DayOverride {
  date: IsoDate;
  /**
   * true: a working day (e.g. 调休 Saturday); false: a holiday.
   */
  working: boolean;
  /**
   * e.g. 春节, 国庆节调休
   */
  name?: string;
}
/**
 * 办件: one application, running on the matter version it started on. Its flow state is a serializable document so the engine resumes from the store.
 */
export interface Case {
  caseNo: string;
  matterCode: string;
  matterVersion: number;
  departmentId?: Id;
  situation?: Id;
  status: CaseStatus;
  applicant: Applicant;
  /**
   * The form data, valid against the matter version's form.
   */
  data: {
    [k: string]: unknown;
  };
  /**
   * @maxItems 200
   */
  materials: CaseMaterial[];
  /**
   * The engine's state: open tokens, joins waited on, history.
   */
  flowState?: {
    [k: string]: unknown;
  };
  receivedAt: Timestamp;
  intake?: Intake;
  acceptedAt?: Timestamp;
  /**
   * Not answered within 5 working days: counts as accepted on receipt (art. 32).
   */
  deemedAccepted?: boolean;
  acceptedBy?: DeskRef;
  acceptDueDate?: IsoDate1;
  dueDate?: IsoDate;
  /**
   * The count crosses a day of a year whose holiday schedule is not yet published: 预计，待公布放假安排后确认.
   */
  dueDateProvisional?: boolean;
  warnAt?: Timestamp1;
  suspensions?: Suspension[];
  extension?: Extension;
  extensionRequest?: ExtensionRequest;
  concludedAt?: Timestamp;
  outcome?: "granted" | "denied" | "refused" | "withdrawn";
  reasons?: string;
  rightsNotice?: CaseRightsNotice;
  delivery?: Delivery;
  notice?: SupplementNotice;
  rating?: Rating;
  warning?: "none" | "yellow" | "red";
  /**
   * Optimistic concurrency: bumped by every change.
   */
  version: number;
}
export interface Applicant {
  kind: "individual" | "legal_person";
  name: string;
  idType?: "id_card" | "passport" | "uscc" | "other";
  idNumber?: string;
  phone: string;
  email?: string;
  contact?: string;
}
export interface CaseMaterial {
  materialId: Id;
  /**
   * @maxItems 20
   */
  fileIds?: string[];
  status: "provided" | "missing" | "deferred" | "committed" | "defective";
  note?: string;
}
/**
 * 收件: how the application came in. A window intake is registered by a clerk for the applicant and may be incomplete.
 */
export interface Intake {
  channel: "online" | "window";
  receivedBy?: DeskRef;
}
/**
 * Who acted at a window: the account, its department and hall window.
 */
export interface DeskRef {
  username: string;
  departmentId: Id;
  windowId?: Id;
  at: Timestamp;
}
export interface Suspension {
  kind: "supplement" | "inspection" | "testing" | "appraisal" | "expert_review" | "hearing";
  reason?: string;
  from: Timestamp;
  to?: Timestamp;
  expectedDays?: WorkingDays;
}
export interface Extension {
  days: number;
  approvedBy: string;
  reason?: string;
  at: Timestamp;
  legalBasis?: string;
  requestedBy?: string;
}
/**
 * 延期申请: asked by a clerk, decided by a leader (本行政机关负责人批准, art. 42); only an approval moves the due date.
 */
export interface ExtensionRequest {
  days: number;
  reason: string;
  requestedBy: string;
  requestedAt: Timestamp;
  status: "pending" | "approved" | "refused";
  decidedBy?: string;
  decidedAt?: Timestamp;
  comment?: string;
}
/**
 * What a refusal or denial tells the applicant (art. 38), in Chinese: the decision, who decided at which step, why, and the remedies.
 */
export interface CaseRightsNotice {
  kind: "refusal" | "denial";
  basis?: string;
  remedies: string;
  decidedBy?: string;
  stepName?: string;
  /**
   * A denial reached by a gateway: the rule that decided, in words.
   */
  rule?: string;
}
/**
 * 统一出件: how the result was issued.
 */
export interface Delivery {
  method: "window" | "post" | "electronic";
  recipient?: string;
  date?: IsoDate;
  address?: string;
  waybillNo?: string;
  email?: string;
  at: Timestamp;
  by: string;
  departmentId?: Id;
}
/**
 * 一次性告知: every missing or defective material, at once.
 */
export interface SupplementNotice {
  /**
   * @minItems 1
   */
  items: {
    materialId: Id;
    problem: "missing" | "defective";
    note?: string;
  }[];
  issuedAt: Timestamp;
  issuedBy?: string;
}
export interface Rating {
  score: number;
  comment?: string;
  at: Timestamp;
}
/**
 * A step's work item in a department's inbox.
 */
export interface Task {
  id: string;
  caseNo: string;
  nodeId: Id;
  stepName: string;
  departmentId: Id;
  mode?: "single" | "countersign" | "anysign";
  /**
   * work: a step to decide · inform 知会: a co-implementing department is told of a conclusion and acknowledges it. Default work.
   */
  kind?: "work" | "inform";
  assignees?: string[];
  signatures?: {
    username: string;
    action: "approve" | "deny" | "return";
    comment?: string;
    at: Timestamp;
  }[];
  status: "open" | "completed" | "cancelled";
  openedAt: Timestamp;
  dueDate?: IsoDate;
  dueDateProvisional?: boolean;
  warnAt?: Timestamp;
  completedAt?: Timestamp;
  completedBy?: string;
  action?: "approve" | "deny" | "return" | "accept" | "refuse" | "supplement" | "deliver" | "acknowledge";
  comment?: string;
  warning?: "none" | "yellow" | "red";
  version: number;
}
/**
 * One entry of the append-only audit log. `hash` = sha256 of the previous hash and this entry's canonical JSON, so any altered or removed entry breaks the chain.
 */
export interface AuditEvent {
  seq: number;
  at: Timestamp;
  caseNo?: string;
  actor: ActorRef;
  /**
   * Dot-namespaced, e.g. case.created, task.completed.
   */
  action: string;
  payload?: {
    [k: string]: unknown;
  };
  prevHash: string;
  hash: string;
}
/**
 * Who did something.
 */
export interface ActorRef {
  kind: "account" | "applicant" | "system";
  username?: string;
  role?: string;
  departmentId?: string;
}
