import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError, login, type SessionUser } from './api';
import { useI18n, type MessageKey } from './i18n';

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

export function SignIn({ onSignedIn }: { onSignedIn(user: SessionUser): void }) {
  const { t } = useI18n();
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
