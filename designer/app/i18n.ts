/**
 * The designer's words, in zh-CN (the default) and English. `t('key', { n: 3 })` fills `{n}`.
 * The language is a preference, not a secret: it is kept in localStorage.
 */
import { createContext, createElement, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { AREA_MESSAGES } from './area-messages';

export type Lang = 'zh-CN' | 'en';

const shellZh = {
  'app.title': '事项设计器',
  'app.product': 'Matterflow 事项设计器',
  'lang.switch': 'English',
  'login.title': '工作人员登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.required.username': '请输入用户名',
  'login.required.password': '请输入密码',
  'login.failed': '用户名或密码错误',
  'login.rateLimited': '登录失败次数过多，请 15 分钟后再试',
  'login.disabled': '该账号已停用',
  'error.network': '无法连接服务器，请稍后再试',
  'error.generic': '操作失败：{message}',
  'nav.catalogue': '事项目录',
  'nav.signOut': '退出登录',
  'role.admin': '中心管理员',
  'role.editor': '部门事项管理员',
  'role.clerk': '窗口/审批人员',
  'role.supervisor': '监察人员',
  'catalogue.title': '事项目录',
  'catalogue.scope.all': '全部部门',
  'catalogue.search': '按名称、编码或拼音搜索',
  'catalogue.count': '共 {n} 项',
  'catalogue.empty': '没有事项',
  'catalogue.reload': '刷新',
  'col.name': '事项名称',
  'col.code': '事项编码',
  'col.department': '实施部门',
  'col.status': '状态',
  'col.liveVersion': '现行版本',
  'col.updatedAt': '最近修改',
  'version.none': '未发布',
  'version.n': '第 {n} 版',
  'status.draft': '草稿',
  'status.in_review': '审核中',
  'status.rejected': '已驳回',
  'status.published': '已发布',
  'status.retired': '已废止',
  'matter.back': '返回事项目录',
  'matter.draft': '草稿（修订 {n}）',
  'matter.live': '现行版本（只读）',
  'matter.newDraft': '新建草稿',
  'matter.noDraftHint': '此事项没有草稿，新建草稿后即可编辑。',
  'matter.tab.flow': '流程',
  'matter.tab.basic': '基本信息',
  'matter.tab.materials': '情形与材料',
  'matter.tab.form': '申请表单',
  'matter.comingSoon': '即将推出',
  'flow.palette.step': '环节',
  'flow.palette.parallel': '并行网关',
  'flow.palette.exclusive': '条件网关',
  'flow.palette.end': '结束',
  'flow.undo': '撤销',
  'flow.redo': '重做',
  'flow.delete': '删除',
  'flow.autoLayout': '自动布局',
  'flow.save': '保存',
  'flow.saved': '已保存',
  'flow.unsaved': '有未保存的修改',
  'flow.conflict': '草稿已被他人修改（修订已过期），请刷新页面后重新编辑。',
  'flow.saveFailed': '保存失败：{message}',
  'flow.leaveConfirm': '有未保存的修改，确定离开吗？',
  'flow.props': '属性',
  'flow.props.none': '选择一个环节或连线以编辑属性',
  'flow.props.name': '名称',
  'flow.props.department': '承办部门',
  'flow.props.mode': '办理方式',
  'flow.props.deadline': '办理时限（工作日）',
  'flow.props.materials': '审查材料',
  'flow.props.outcome': '办结结果',
  'flow.props.label': '连线标签',
  'flow.props.default': '默认分支',
  'flow.props.condition': '条件',
  'flow.mode.single': '单人办理',
  'flow.mode.countersign': '会签',
  'flow.mode.anysign': '或签',
  'flow.outcome.granted': '准予',
  'flow.outcome.denied': '不予',
  'flow.metrics': '流程指标',
  'flow.metrics.steps': '环节数',
  'flow.metrics.critical': '关键路径环节',
  'flow.metrics.criticalDays': '关键路径时限（工作日）',
  'flow.metrics.departments': '涉及部门',
  'flow.metrics.promised': '承诺 / 法定时限（工作日）',
  'flow.metrics.errors': '检查错误',
  'flow.metrics.warnings': '检查提示',
  'flow.days': '{n} 个工作日',
  'flow.none': '无',
  'status.superseded': '已被取代',
  'matter.notFound': '事项不存在',
  'matter.submitFailed': '提交失败：{message}',
  'matter.submitted': '已提交审核',
  'matter.compare': '版本对比',
  'matter.submit': '提交审核',
  'matter.submitTitle': '提交审核',
  'matter.submitHint': '提交前会先保存草稿。审核期间草稿不可编辑；存在检查错误时不能提交。',
  'matter.changeSummary': '修改说明（选填），例如：取消现场踏勘，并联审批',
  'matter.inReview': '草稿已由 {by} 提交，等待中心管理员审核，审核期间不可编辑。',
  'matter.rejected': '草稿被驳回（{by}）。请按驳回理由修改后重新提交：',
  'cond.custom': '此条件为手工编写，无法以可视方式编辑',
  'cond.clear': '清除条件',
  'cond.all': '满足全部条件',
  'cond.any': '满足任一条件',
  'cond.none': '无条件',
  'cond.add': '添加条件',
  'cond.op.equals': '等于',
  'cond.op.notEquals': '不等于',
  'cond.op.in': '属于',
  'cond.op.notIn': '不属于',
  'cond.op.isTrue': '为是',
  'cond.op.isFalse': '为否',
  'cond.op.gt': '大于',
  'cond.op.gte': '大于等于',
  'cond.op.lt': '小于',
  'cond.op.lte': '小于等于',
  'cond.op.isEmpty': '为空',
  'cond.op.isNotEmpty': '不为空',
  'metrics.steps': '环节数',
  'metrics.criticalSteps': '关键路径环节',
  'metrics.criticalDays': '关键路径（工作日）',
  'metrics.departments': '涉及部门',
  'metrics.materials': '申请材料',
  'metrics.materialsByKind': '必交 {required} · 按情形 {conditional} · 选交 {optional} · 容缺 {deferrable} · 告知承诺 {waivable} · 共享 {shared}',
  'metrics.materialsRequired': '必交材料',
  'metrics.promised': '承诺 / 法定时限',
  'metrics.visits': '到现场次数',
  'metrics.fields': '表单字段',
  'metrics.lint': '检查',
  'metrics.lateTip': '关键路径需 {days} 个工作日，超过承诺时限',
  'metrics.vsLive': '括号内为与现行版本相比的变化',
} as const;

const zhCN = { ...shellZh, ...AREA_MESSAGES.zh };

export type MessageKey = keyof typeof zhCN;

const shellEn: Record<keyof typeof shellZh, string> = {
  'app.title': 'Matter designer',
  'app.product': 'Matterflow designer',
  'lang.switch': '中文',
  'login.title': 'Staff sign-in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.required.username': 'Enter your username',
  'login.required.password': 'Enter your password',
  'login.failed': 'Wrong username or password',
  'login.rateLimited': 'Too many failed sign-ins; try again in 15 minutes',
  'login.disabled': 'This account is disabled',
  'error.network': 'Cannot reach the server; try again later',
  'error.generic': 'Failed: {message}',
  'nav.catalogue': 'Catalogue',
  'nav.signOut': 'Sign out',
  'role.admin': 'Administrator',
  'role.editor': 'Department editor',
  'role.clerk': 'Clerk',
  'role.supervisor': 'Supervisor',
  'catalogue.title': 'Matter catalogue',
  'catalogue.scope.all': 'All departments',
  'catalogue.search': 'Search by name, code or pinyin',
  'catalogue.count': '{n} matters',
  'catalogue.empty': 'No matters',
  'catalogue.reload': 'Reload',
  'col.name': 'Matter',
  'col.code': 'Code',
  'col.department': 'Department',
  'col.status': 'Status',
  'col.liveVersion': 'Live version',
  'col.updatedAt': 'Last change',
  'version.none': 'Not published',
  'version.n': 'v{n}',
  'status.draft': 'Draft',
  'status.in_review': 'In review',
  'status.rejected': 'Rejected',
  'status.published': 'Published',
  'status.retired': 'Retired',
  'matter.back': 'Back to the catalogue',
  'matter.draft': 'Draft (revision {n})',
  'matter.live': 'Live version (read-only)',
  'matter.newDraft': 'New draft',
  'matter.noDraftHint': 'This matter has no draft; start one to edit it.',
  'matter.tab.flow': 'Flow',
  'matter.tab.basic': 'Basic information',
  'matter.tab.materials': 'Situations and materials',
  'matter.tab.form': 'Application form',
  'matter.comingSoon': 'Coming soon',
  'flow.palette.step': 'Step',
  'flow.palette.parallel': 'Parallel gateway',
  'flow.palette.exclusive': 'Condition gateway',
  'flow.palette.end': 'End',
  'flow.undo': 'Undo',
  'flow.redo': 'Redo',
  'flow.delete': 'Delete',
  'flow.autoLayout': 'Auto layout',
  'flow.save': 'Save',
  'flow.saved': 'Saved',
  'flow.unsaved': 'Unsaved changes',
  'flow.conflict': 'Someone else changed this draft (stale revision): reload the page and edit again.',
  'flow.saveFailed': 'Save failed: {message}',
  'flow.leaveConfirm': 'You have unsaved changes. Leave anyway?',
  'flow.props': 'Properties',
  'flow.props.none': 'Select a step or an edge to edit it',
  'flow.props.name': 'Name',
  'flow.props.department': 'Department',
  'flow.props.mode': 'Mode',
  'flow.props.deadline': 'Deadline (working days)',
  'flow.props.materials': 'Materials checked',
  'flow.props.outcome': 'Outcome',
  'flow.props.label': 'Label',
  'flow.props.default': 'Default branch',
  'flow.props.condition': 'Condition',
  'flow.mode.single': 'Single',
  'flow.mode.countersign': 'Countersign',
  'flow.mode.anysign': 'Any-sign',
  'flow.outcome.granted': 'Granted',
  'flow.outcome.denied': 'Denied',
  'flow.metrics': 'Flow metrics',
  'flow.metrics.steps': 'Steps',
  'flow.metrics.critical': 'Critical-path steps',
  'flow.metrics.criticalDays': 'Critical path (working days)',
  'flow.metrics.departments': 'Departments',
  'flow.metrics.promised': 'Promised / statutory days',
  'flow.metrics.errors': 'Lint errors',
  'flow.metrics.warnings': 'Lint warnings',
  'flow.days': '{n} working days',
  'flow.none': 'None',
  'status.superseded': 'Superseded',
  'matter.notFound': 'No such matter',
  'matter.submitFailed': 'Submit failed: {message}',
  'matter.submitted': 'Submitted for review',
  'matter.compare': 'Compare versions',
  'matter.submit': 'Submit for review',
  'matter.submitTitle': 'Submit for review',
  'matter.submitHint': 'The draft is saved first. It cannot be edited while in review; a draft with lint errors cannot be submitted.',
  'matter.changeSummary': 'What changed (optional), e.g. site visit dropped, parallel approval',
  'matter.inReview': 'Submitted by {by}; waiting for the centre administrator. It cannot be edited while in review.',
  'matter.rejected': 'The draft was rejected ({by}). Change it as the reason says and submit again:',
  'cond.custom': 'This condition was written by hand and cannot be edited visually',
  'cond.clear': 'Clear condition',
  'cond.all': 'All of these hold',
  'cond.any': 'Any of these holds',
  'cond.none': 'No condition',
  'cond.add': 'Add condition',
  'cond.op.equals': 'equals',
  'cond.op.notEquals': 'is not',
  'cond.op.in': 'is one of',
  'cond.op.notIn': 'is none of',
  'cond.op.isTrue': 'is yes',
  'cond.op.isFalse': 'is no',
  'cond.op.gt': '>',
  'cond.op.gte': '≥',
  'cond.op.lt': '<',
  'cond.op.lte': '≤',
  'cond.op.isEmpty': 'is empty',
  'cond.op.isNotEmpty': 'is filled in',
  'metrics.steps': 'Steps',
  'metrics.criticalSteps': 'Critical-path steps',
  'metrics.criticalDays': 'Critical path (working days)',
  'metrics.departments': 'Departments',
  'metrics.materials': 'Materials',
  'metrics.materialsByKind': 'required {required} · by situation {conditional} · optional {optional} · 容缺 {deferrable} · 告知承诺 {waivable} · shared {shared}',
  'metrics.materialsRequired': 'Required materials',
  'metrics.promised': 'Promised / statutory days',
  'metrics.visits': 'On-site visits',
  'metrics.fields': 'Form fields',
  'metrics.lint': 'Lint',
  'metrics.lateTip': 'The critical path takes {days} working days, more than promised',
  'metrics.vsLive': 'Changes in brackets are against the live version',
};

const en: Record<MessageKey, string> = { ...shellEn, ...AREA_MESSAGES.en };

export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = DICTIONARIES[lang][key] ?? DICTIONARIES['zh-CN'][key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

const LANG_KEY = 'matterflow.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_KEY, next);
    } catch {
      /* private mode: the choice lasts this page only */
    }
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
