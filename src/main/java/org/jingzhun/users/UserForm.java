package org.jingzhun.users;

/** A new user, or the name and e-mail of an existing one (id and password then unused). */
class UserForm {

    private String id;

    private String name;

    private String email;

    private String password;

    static UserForm of(UserRow user) {
        UserForm form = new UserForm();
        form.setId(user.id());
        form.setName(user.name());
        form.setEmail(user.email());
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

}
