import { appViteConfig } from '../ui-kit/vite.app-config';

export default appViteConfig('billing', 5175);
