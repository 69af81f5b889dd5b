package org.jingzhun.household;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, Long> {

    /** Prefix match so a disability certificate number finds its holder's resident ID and vice versa. */
    List<Member> findByIdNumberStartingWith(String residentNumber);

    List<Member> findByHouseholdIdOrderById(Long householdId);
}
