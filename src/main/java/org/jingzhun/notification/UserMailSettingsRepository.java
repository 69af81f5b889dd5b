package org.jingzhun.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserMailSettingsRepository extends JpaRepository<UserMailSettings, String> {
}
