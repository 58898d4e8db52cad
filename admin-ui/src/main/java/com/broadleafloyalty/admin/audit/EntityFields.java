package com.broadleafloyalty.admin.audit;

import com.broadleafloyalty.audit.core.ChangedFields;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * An entity's own simple fields (text, numbers, flags, dates) by name, in declaration order, for the audit's
 * before/after; a field that points at another entity is written as that entity's id. Collections and the id itself
 * are left out. Numbers are written plainly (2.5, not 2.50000), so an unchanged value compares equal.
 */
final class EntityFields {

    private EntityFields() {
    }

    static ChangedFields of(Object entity) {
        ChangedFields fields = ChangedFields.none();
        for (Field field : fieldsOf(entity.getClass())) {
            if ("id".equals(field.getName())) {
                continue;
            }
            try {
                field.setAccessible(true);
                Object value = field.get(entity);
                if (isSimple(field.getType())) {
                    fields.with(field.getName(), text(value));
                } else if (!Iterable.class.isAssignableFrom(field.getType())
                        && !java.util.Map.class.isAssignableFrom(field.getType())) {
                    fields.with(field.getName(), value == null ? null : idOfReference(value));
                }
            } catch (IllegalAccessException | RuntimeException e) {
                fields.with(field.getName(), "?");
            }
        }
        return fields;
    }

    private static List<Field> fieldsOf(Class<?> type) {
        List<List<Field>> levels = new ArrayList<List<Field>>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            List<Field> own = new ArrayList<Field>();
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                        && !field.getName().startsWith("$")) {
                    own.add(field);
                }
            }
            levels.add(own);
        }
        Collections.reverse(levels);
        List<Field> all = new ArrayList<Field>();
        for (List<Field> level : levels) {
            all.addAll(level);
        }
        return all;
    }

    private static boolean isSimple(Class<?> type) {
        return type.isPrimitive() || CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
                || Boolean.class == type || Character.class == type || Date.class.isAssignableFrom(type)
                || type.isEnum();
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal) {
            BigDecimal number = ((BigDecimal) value).stripTrailingZeros();
            return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        }
        return value == null ? null : String.valueOf(value);
    }

    private static String idOfReference(Object value) {
        try {
            Method getId = value.getClass().getMethod("getId");
            Object id = getId.invoke(value);
            return id == null ? null : String.valueOf(id);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
