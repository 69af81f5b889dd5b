package org.jingzhun.notice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicNoticeRepository extends JpaRepository<PublicNotice, Long> {

    List<PublicNotice> findByHouseholdIdOrderByPublishedAtDesc(Long householdId);

    List<PublicNotice> findByStatusOrderByEndsAt(NoticeStatus status);
}
