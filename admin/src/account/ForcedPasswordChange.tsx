import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useLogout, useTranslate } from 'react-admin';
import { forgetIdentity } from '../authProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * Signed in with a temporary password, the console shows this and nothing else: the server answers
 * every other request with AUTH.PASSWORD_CHANGE_REQUIRED until the password is changed.
 */
export function ForcedPasswordChange() {
  const translate = useTranslate();
  const logout = useLogout();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', minHeight: '100vh', pt: 8, px: 2 }}>
      <Card sx={{ maxWidth: 480, width: '100%' }} data-testid="forced-password-change">
        <CardContent>
          <Typography variant="h5" gutterBottom>
            {translate('account.forced_title')}
          </Typography>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('account.forced_hint')}
          </Alert>
          <ChangePasswordForm
            onChanged={() => {
              // Read `me` again, then start the console afresh with the full menu.
              forgetIdentity();
              window.location.reload();
            }}
          />
          <Button sx={{ mt: 2 }} onClick={() => void logout()}>
            {translate('account.logout')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
}
