import { appViteConfig } from '../ui-kit/vite.app-config';

export default appViteConfig('portal', 5176);
