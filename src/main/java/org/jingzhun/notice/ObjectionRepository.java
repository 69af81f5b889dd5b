package org.jingzhun.notice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByNoticeIdOrderByRaisedAtAscIdAsc(Long noticeId);

    List<Objection> findByNoticeIdAndOutcomeIsNullOrderByRaisedAt(Long noticeId);
}
