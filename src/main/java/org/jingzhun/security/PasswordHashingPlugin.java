package org.jingzhun.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes BCrypt the engine's password hash for every password saved from now on. The engine keeps checking its own
 * SHA-1 and SHA-512 hashes (its password manager always knows them, by the prefix stored with each hash), so
 * existing users still sign in; {@link CamundaIdentityAuthenticationProvider} then saves their password again as
 * BCrypt.
 */
@Component
class PasswordHashingPlugin extends AbstractProcessEnginePlugin {

    private final BCryptPasswordEncryptor encryptor;

    PasswordHashingPlugin(@Value("${jingzhun.security.bcrypt-strength:12}") int strength) {
        this.encryptor = new BCryptPasswordEncryptor(strength);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(encryptor);
    }

    BCryptPasswordEncryptor encryptor() {
        return encryptor;
    }

}
