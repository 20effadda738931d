import { useState, type FormEvent } from 'react';
import { api, auth } from '../api.ts';
import { errorText, useI18n } from '../i18n.tsx';
import { useRouter } from '../router.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api<{ token: string }>('/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
      auth.token = r.token;
      navigate('/merchant');
    } catch (err) {
      setError(errorText(t, err));
    }
  };
  return (
    <form className="sign-in" onSubmit={submit}>
      <h1>{t.signIn}</h1>
      <label>
        {t.username}
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" data-testid="username" />
      </label>
      <label>
        {t.password}
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" data-testid="password" />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" data-testid="sign-in-submit">
        {t.signIn}
      </button>
    </form>
  );
}
