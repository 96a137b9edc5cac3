/**
 * The staff sign-in page of the browser apps (designer, workbench, supervision). Each app passes its
 * own `t`; the words it needs are SIGN_IN_MESSAGES, which the app merges into its dictionary.
 */
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError, login, type SessionUser } from './http';
import type { Params } from './i18n';

export const SIGN_IN_MESSAGES = {
  zh: {
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
  },
  en: {
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
  },
} as const;

export type SignInKey = keyof (typeof SIGN_IN_MESSAGES)['zh'];
type MessageKey = SignInKey;

interface Credentials {
  username: string;
  password: string;
}

function errorKey(err: unknown): { key: MessageKey; message?: string } {
  if (err instanceof ApiError) {
    if (err.status === 401) return { key: 'login.failed' };
    if (err.status === 429) return { key: 'login.rateLimited' };
    if (err.status === 403) return { key: 'login.disabled' };
    if (err.status === 0) return { key: 'error.network' };
    return { key: 'error.generic', message: err.message };
  }
  return { key: 'error.generic', message: String(err) };
}

export function StaffSignIn({ onSignedIn, t }: { onSignedIn(user: SessionUser): void; t(key: SignInKey, params?: Params): string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ key: MessageKey; message?: string }>();

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(await login(username.trim(), password));
    } catch (err) {
      setError(errorKey(err));
      setBusy(false);
    }
  };

  return (
    <Card title={t('login.title')} style={{ maxWidth: 400, margin: '64px auto' }}>
      {error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={t(error.key, { message: error.message ?? '' })} />}
      <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false} autoComplete="on">
        <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.required.username') }]}>
          <Input id="username" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.required.password') }]}>
          <Input.Password id="password" autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="sign-in">
          {t('login.submit')}
        </Button>
      </Form>
    </Card>
  );
}
