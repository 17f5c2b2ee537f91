package vn.ktxh.task;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The morning reminder job ({@link ReminderMail}) runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskConfiguration {}
