/**
 * Staff accounts of the demo catalogue: one editor (部门事项管理员) and one clerk (窗口/审批人员)
 * per department, a second clerk in 市场监管局 and 住建局 to demonstrate countersign (会签: the
 * food-licence on-site check and the fire-protection on-site assessment need both), the front-desk
 * story's clerk, signers and leader (科室负责人), and one supervisor (电子监察). The admin account
 * is created separately from MATTERFLOW_ADMIN_PASSWORD.
 *
 * DEMO ONLY: the passwords are plain text and published in this file; the seeder hashes them
 * (scrypt) when it creates the accounts. Change or remove these accounts before real use.
 */
import type { Role } from '../../schemas/types.generated.js';

export interface DemoAccount {
  username: string;
  /** The staff member's Chinese name as the workbench shows it. */
  displayName: string;
  role: Exclude<Role, 'admin'>;
  departmentId?: string;
  /** The clerk's hall window (窗口), one of the department's `windows`: the window scores count the cases the clerk accepts. Back-office reviewers have none. */
  windowId?: string;
  /** Demo password, plain text. */
  password: string;
}

/** [department id, editor's name, clerk's name, second clerk's name?] — the names are fictitious. */
const STAFF: [string, string, string, string?][] = [
  ['scjg', '王建华', '李晓燕', '赵国强'],
  ['zrzy', '陈志远', '刘婷'],
  ['zjj', '张海涛', '周敏', '孙立军'],
  ['rfb', '吴德明', '郑丽'],
  ['xfjy', '冯振宇', '何静'],
  ['sthj', '杨帆', '马俊'],
  ['wjw', '黄淑芬', '林雪梅'],
  ['jtj', '胡晓东', '郭晶晶'],
  ['cgj', '罗永辉', '高洁'],
  ['rsj', '梁文斌', '宋佳'],
  ['gaj', '谢国栋', '韩冰'],
  ['swj', '唐明', '曹颖'],
];

/** Department id → the hall windows of its clerk and second clerk (ids from departments.ts). */
const CLERK_WINDOWS: Record<string, [string, string?]> = {
  scjg: ['a-02', 'a-01'],
  zrzy: ['c-02'],
  zjj: ['c-03', 'c-04'],
  rfb: ['c-06'],
  xfjy: ['c-07'],
  sthj: ['c-08'],
  wjw: ['b-01'],
  jtj: ['b-05'],
  cgj: ['b-07'],
  rsj: ['d-01'],
  gaj: ['e-01'],
  swj: ['f-03'],
};

const windowOf = (windowId: string | undefined) => (windowId ? { windowId } : {});

function accountsOf([dept, editor, clerk, clerk2]: [string, string, string, string?]): DemoAccount[] {
  const list: DemoAccount[] = [
    { username: `${dept}-editor`, displayName: editor, role: 'editor', departmentId: dept, password: `demo@${dept}-editor` },
    { username: `${dept}-clerk`, displayName: clerk, role: 'clerk', departmentId: dept, ...windowOf(CLERK_WINDOWS[dept]?.[0]), password: `demo@${dept}-clerk` },
  ];
  if (clerk2) list.push({ username: `${dept}-clerk2`, displayName: clerk2, role: 'clerk', departmentId: dept, ...windowOf(CLERK_WINDOWS[dept]?.[1]), password: `demo@${dept}-clerk2` });
  return list;
}

const demo = (a: Omit<DemoAccount, 'password'>): DemoAccount => ({ ...a, password: `demo@${a.username}` });

/**
 * The front-desk story (一窗受理 · 统一出件 of 设置大型户外广告审批): the centre's 综合窗口 clerk at
 * its window; in 城管局, three back-office reviewers who countersign (会签, no hall window) and
 * the section head who approves extensions (art. 42).
 */
const FRONT_DESK_STORY: DemoAccount[] = [
  demo({ username: 'zhzx-clerk', displayName: '许晴', role: 'clerk', departmentId: 'zhzx', windowId: 'zh-01' }),
  demo({ username: 'cgj-signer1', displayName: '邓永刚', role: 'clerk', departmentId: 'cgj' }),
  demo({ username: 'cgj-signer2', displayName: '蒋丽华', role: 'clerk', departmentId: 'cgj' }),
  demo({ username: 'cgj-signer3', displayName: '彭宇', role: 'clerk', departmentId: 'cgj' }),
  demo({ username: 'cgj-leader', displayName: '田建国', role: 'leader', departmentId: 'cgj' }),
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  ...STAFF.flatMap(accountsOf),
  ...FRONT_DESK_STORY,
  { username: 'supervisor', displayName: '钱卫东', role: 'supervisor', password: 'demo@supervisor' },
];
