import StarIcon from '@mui/icons-material/Star';
import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/** Sign-in in Chinese first; the demo accounts are listed because the product ships with demo data. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login avatarIcon={<StarIcon />}>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h6" component="h1">
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.district')}
        </Typography>
      </Box>
      <LoginForm />
      <Typography
        variant="caption"
        component="p"
        color="text.secondary"
        sx={{ px: 2, pb: 1, maxWidth: 300 }}
        data-testid="demo-hint"
      >
        {translate('app.demo_hint')}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
