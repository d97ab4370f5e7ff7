import { appViteConfig } from '../ui-kit/vite.app-config';

export default appViteConfig('frontdesk', 5173);
