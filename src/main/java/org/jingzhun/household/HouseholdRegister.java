package org.jingzhun.household;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jingzhun.security.UserScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household register within the user's areas. A page is one query: the rows, their village names and the total
 * (a window count) come back together, so neither a count query nor a query per row is needed.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdRegister {

    private static final String SELECT = "select h.id, h.householdNumber, h.headName, h.villageCode, a.name, h.status,"
            + " h.stage, h.declaredSize, h.responsibleCadre, h.appliedOn, count(*) over ()"
            + " from Household h left join Area a on a.code = h.villageCode";

    private final EntityManager entityManager;

    HouseholdRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public RegisterPage search(RegisterQuery query, UserScope scope) {
        if (!scope.isAdmin() && scope.prefixes().isEmpty()) {
            return new RegisterPage(List.of(), query.page(), query.size(), 0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, scope, parameters);
        TypedQuery<Object[]> select = entityManager
            .createQuery(SELECT + where + " order by h.householdNumber", Object[].class)
            .setFirstResult(query.page() * query.size())
            .setMaxResults(query.size());
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.getResultList();
        long total = rows.isEmpty() ? count(where, parameters, query) : (Long) rows.get(0)[10];
        return new RegisterPage(rows.stream().map(HouseholdRegister::row).toList(), query.page(), query.size(),
                total);
    }

    // Only a page past the end comes back empty while households exist: then the total needs its own query.
    private long count(String where, Map<String, Object> parameters, RegisterQuery query) {
        if (query.page() == 0) {
            return 0;
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(h) from Household h" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(RegisterQuery query, UserScope scope, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!scope.isAdmin()) {
            List<String> prefixes = scope.prefixes();
            where.append(" and (");
            for (int i = 0; i < prefixes.size(); i++) {
                where.append(i == 0 ? "" : " or ").append("h.villageCode like :area").append(i);
                parameters.put("area" + i, prefixes.get(i) + "%");
            }
            where.append(')');
        }
        if (query.village() != null) {
            where.append(" and h.villageCode = :village");
            parameters.put("village", query.village());
        }
        if (query.status() != null) {
            where.append(" and h.status = :status");
            parameters.put("status", query.status());
        }
        if (query.stage() != null) {
            where.append(" and h.stage = :stage");
            parameters.put("stage", query.stage());
        }
        if (query.q() != null) {
            where.append(" and (h.householdNumber like :contains escape '\\' or h.headName like :contains escape '\\'")
                .append(" or exists (select 1 from Member m where m.household = h")
                .append(" and m.idNumber like :idPrefix escape '\\'))");
            String literal = escapeLike(query.q());
            parameters.put("contains", "%" + literal + "%");
            // IDs are stored upper-case (a final x is X); a disability certificate starts with its holder's ID
            parameters.put("idPrefix", literal.toUpperCase(Locale.ROOT) + "%");
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static RegisterRow row(Object[] r) {
        return new RegisterRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (HouseholdStatus) r[5], (Stage) r[6], (Integer) r[7], (String) r[8], (LocalDate) r[9]);
    }

}
