package com.broadleafloyalty.support.persistence;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Id;
import javax.persistence.metamodel.EntityType;

/**
 * Gives every loyalty entity its row in Broadleaf's id-generator table ({@code SEQUENCE_GENERATOR}) when the shop
 * starts, before any node allocates ids from it.
 * <p>
 * Why: Broadleaf's {@code IdOverrideTableGenerator} is Hibernate's table generator with the "pooled" optimizer
 * (blocks of 50). On a segment's very first use the generator creates the row at 1 and, having read that initial
 * value, reads a second time to learn its block; a second node that reads between those two reads computes the same
 * block, and both nodes then insert the same ids (seen as duplicate-key failures on a fresh PostgreSQL shared by two
 * nodes). A row that exists with a value other than the initial one is read once per block, under the row lock, so
 * every block is distinct. The row is created at the table's highest id plus one block plus one (51 for an empty
 * table), which hands out the same first ids the generator would have. Rows that exist are left alone; a row another
 * node creates at the same moment wins (the insert here fails on the segment's primary key and is ignored).
 */
public class IdGeneratorSeed implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(IdGeneratorSeed.class);
    private static final String GENERATOR = "IdOverrideTableGenerator";
    private static final String PACKAGE = "com.broadleafloyalty.";
    private static final long DEFAULT_BLOCK = 50L;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "entityManagerFactory")
    protected EntityManagerFactory entityManagerFactory;

    private final AtomicBoolean seeded = new AtomicBoolean();

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (seeded.compareAndSet(false, true)) {
            seed();
        }
    }

    /** Creates the missing rows; returns how many it created. */
    public int seed() {
        int created = 0;
        for (Map.Entry<String, Segment> entry : segments().entrySet()) {
            try {
                created += inNewTransaction(em -> create(em, entry.getKey(), entry.getValue())) ? 1 : 0;
            } catch (RuntimeException e) {
                // Another node created it between the look and the insert: its row serves both.
                LOG.info("Id generator row " + entry.getKey() + " not created here (" + e.getMessage() + ")");
            }
        }
        if (created > 0) {
            LOG.info("Id generator rows created for " + created + " loyalty entities");
        }
        return created;
    }

    /** The table generator segment of every loyalty entity, by segment name. */
    Map<String, Segment> segments() {
        Map<String, Segment> segments = new LinkedHashMap<String, Segment>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type == null || !type.getName().startsWith(PACKAGE)) {
                continue;
            }
            Field id = idField(type);
            GenericGenerator generator = id == null ? null : id.getAnnotation(GenericGenerator.class);
            if (generator == null || !generator.strategy().endsWith(GENERATOR)) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<String, String>();
            for (Parameter parameter : generator.parameters()) {
                parameters.put(parameter.name(), parameter.value());
            }
            if (parameters.containsKey("table_name") || !parameters.containsKey("segment_value")) {
                continue;
            }
            long block = parameters.containsKey("increment_size")
                    ? Long.parseLong(parameters.get("increment_size")) : DEFAULT_BLOCK;
            segments.putIfAbsent(parameters.get("segment_value"), new Segment(entity.getName(), id.getName(), block));
        }
        return segments;
    }

    private boolean create(EntityManager em, String segment, Segment of) {
        Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM SEQUENCE_GENERATOR WHERE ID_NAME = ?")
                .setParameter(1, segment).getSingleResult();
        if (rows.longValue() > 0) {
            return false;
        }
        Number highest = (Number) em.createQuery("SELECT MAX(e." + of.idName + ") FROM " + of.entityName + " e")
                .getSingleResult();
        long value = (highest == null ? 0L : highest.longValue()) + of.block + 1L;
        em.createNativeQuery("INSERT INTO SEQUENCE_GENERATOR (ID_NAME, ID_VAL) VALUES (?, ?)")
                .setParameter(1, segment).setParameter(2, value).executeUpdate();
        return true;
    }

    private <T> T inNewTransaction(Work<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status ->
                work.apply(EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory)));
    }

    private static Field idField(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    return field;
                }
            }
        }
        return null;
    }

    private interface Work<T> {
        T apply(EntityManager em);
    }

    /** Where a segment's ids go: the entity (for its highest id) and the generator's block size. */
    static final class Segment {

        final String entityName;
        final String idName;
        final long block;

        Segment(String entityName, String idName, long block) {
            this.entityName = entityName;
            this.idName = idName;
            this.block = block;
        }
    }
}
