import { LoginService } from './login.service';
import { sessionPolicyFromEnv } from './session-policy';
import { SessionService } from './session.service';

/** The module's service instances (stateless; each call takes the request's EntityManager). */
export const sessionPolicy = sessionPolicyFromEnv();
export const sessionService = new SessionService(sessionPolicy);
export const loginService = new LoginService(sessionService);
