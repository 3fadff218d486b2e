package org.evidenceledger.command.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
public class CommandLogConfiguration implements WebMvcConfigurer {

    private final CommandLog commandLog;

    public CommandLogConfiguration(CommandLog commandLog) {
        this.commandLog = commandLog;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(commandLog).addPathPatterns("/api/partnerships", "/api/partnerships/**");
    }
}
