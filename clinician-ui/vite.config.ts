import { appViteConfig } from '../ui-kit/vite.app-config';

export default appViteConfig('clinician', 5174);
